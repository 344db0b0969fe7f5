# case: DDIM scheduler step() picks alpha_prod_t_prev with int(prev_timestep) taken from a tensor timestep -> Graph mode rejects int() on a runtime tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DDIMConfig:
    def __init__(self, num_train_timesteps=100, num_inference_steps=10,
                 beta_start=1e-4, beta_end=2e-2, set_alpha_to_one=True):
        self.num_train_timesteps = num_train_timesteps
        self.num_inference_steps = num_inference_steps
        self.beta_start = beta_start
        self.beta_end = beta_end
        self.set_alpha_to_one = set_alpha_to_one


class DDIMScheduler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        betas = np.linspace(config.beta_start, config.beta_end, config.num_train_timesteps, dtype=np.float32)
        self.alphas_cumprod = Tensor(np.cumprod(1.0 - betas), ms.float32)
        self.final_alpha_cumprod = 1.0 if config.set_alpha_to_one else float(np.cumprod(1.0 - betas)[0])
        self.step_ratio = config.num_train_timesteps // config.num_inference_steps

    def _alpha_prev(self, prev_timestep):
        idx = int(prev_timestep)
        if idx >= 0:
            return self.alphas_cumprod[idx]
        return Tensor(self.final_alpha_cumprod, ms.float32)

    def construct(self, model_output, timestep, sample, eta=0.0):
        prev_timestep = timestep - self.step_ratio
        alpha_prod_t = self.alphas_cumprod[timestep]
        alpha_prod_t_prev = self._alpha_prev(prev_timestep)
        beta_prod_t = 1 - alpha_prod_t
        pred_x0 = (sample - beta_prod_t.sqrt() * model_output) / alpha_prod_t.sqrt()
        pred_dir = (1 - alpha_prod_t_prev).sqrt() * model_output
        prev_sample = alpha_prod_t_prev.sqrt() * pred_x0 + pred_dir
        return prev_sample, pred_x0


def make():
    np.random.seed(0)
    sched = DDIMScheduler(DDIMConfig())
    eps = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    sample = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    t = Tensor(50, ms.int32)
    return sched, (eps, t, sample)
