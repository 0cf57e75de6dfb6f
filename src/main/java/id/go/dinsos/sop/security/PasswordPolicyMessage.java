package id.go.dinsos.sop.security;

import java.util.ArrayList;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: a password refused by the password policy (Admin, the REST API) is a 400 with the rules in
 * Indonesian, not the engine's bare "Password does not match policy" as a 500. Camunda 7.24 throws a plain
 * {@link ProcessEngineException} with exactly that message (and, being the last Community Edition, will not change).
 */
@Component
public class PasswordPolicyMessage extends AbstractProcessEnginePlugin {

  static final String ENGINE_MESSAGE = "Password does not match policy";
  static final String MESSAGE = "Kata sandi ditolak: minimal 10 karakter, dengan huruf besar, huruf kecil, angka dan "
      + "karakter khusus, dan tidak memuat nama pengguna (Password does not match policy).";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        try {
          return next.execute(command);
        } catch (ProcessEngineException e) {
          if (ENGINE_MESSAGE.equals(e.getMessage())) {
            throw new BadUserRequestException(MESSAGE, e);
          }
          throw e;
        }
      }
    });
  }
}
