# case: scheduler step() logs the timestep and the latent norm with an f-string print when config.verbose is set (it is) -> f-string over runtime tensors inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PNDMConfig:
    num_train_timesteps = 50
    verbose = True
    skip_prk_steps = True


class PNDMStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.verbose = config.verbose
        self.skip_prk_steps = config.skip_prk_steps
        betas = np.linspace(1e-4, 0.02, config.num_train_timesteps, dtype=np.float32)
        self.alphas_cumprod = Tensor(np.cumprod(1.0 - betas).astype(np.float32))

    def _log(self, timestep, sample):
        if self.verbose:
            print(f"[PNDM] t={timestep} |x|={ops.norm(sample)}")

    def _get_prev_sample(self, sample, timestep, prev_timestep, model_output):
        alpha_t = self.alphas_cumprod[timestep]
        alpha_prev = self.alphas_cumprod[prev_timestep]
        coeff = (alpha_prev / alpha_t) ** 0.5
        denom = alpha_t * (1 - alpha_prev) ** 0.5 + (alpha_t * (1 - alpha_t) * alpha_prev) ** 0.5
        return coeff * sample - (alpha_prev - alpha_t) * model_output / denom

    def construct(self, model_output, timestep, sample):
        self._log(timestep, sample)
        prev_timestep = ops.maximum(timestep - 5, 0)
        return self._get_prev_sample(sample, timestep, prev_timestep, model_output)


def make():
    np.random.seed(26)
    eps = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    x = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    return PNDMStep(PNDMConfig()), (eps, Tensor(25, ms.int32), x)
