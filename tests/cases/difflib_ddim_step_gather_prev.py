# case: DDIM scheduler step() looks up alpha_prod_t_prev by gathering with a clamped tensor index and ops.where for the final alpha -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_TRAIN_TIMESTEPS = 100


class DDIMConfig:
    def __init__(self, num_inference_steps=10, beta_start=1e-4, beta_end=2e-2,
                 set_alpha_to_one=True, clip_sample=False, clip_sample_range=1.0):
        self.num_inference_steps = num_inference_steps
        self.beta_start = beta_start
        self.beta_end = beta_end
        self.set_alpha_to_one = set_alpha_to_one
        self.clip_sample = clip_sample
        self.clip_sample_range = clip_sample_range


def betas_for_schedule(cfg):
    return np.linspace(cfg.beta_start, cfg.beta_end, NUM_TRAIN_TIMESTEPS, dtype=np.float32)


class DDIMScheduler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.clip_sample = config.clip_sample
        acp = np.cumprod(1.0 - betas_for_schedule(config)).astype(np.float32)
        self.alphas_cumprod = Tensor(acp)
        self.final_alpha_cumprod = Tensor(1.0 if config.set_alpha_to_one else acp[0], ms.float32)
        self.step_ratio = NUM_TRAIN_TIMESTEPS // config.num_inference_steps

    def _alpha_prev(self, prev_timestep):
        safe = ops.clamp(prev_timestep, 0, NUM_TRAIN_TIMESTEPS - 1)
        gathered = ops.gather(self.alphas_cumprod, safe, 0)
        return ops.where(prev_timestep >= 0, gathered, self.final_alpha_cumprod)

    def construct(self, model_output, timestep, sample):
        prev_timestep = timestep - self.step_ratio
        alpha_prod_t = ops.gather(self.alphas_cumprod, timestep, 0)
        alpha_prod_t_prev = self._alpha_prev(prev_timestep)
        pred_x0 = (sample - (1 - alpha_prod_t).sqrt() * model_output) / alpha_prod_t.sqrt()
        if self.clip_sample:
            pred_x0 = ops.clamp(pred_x0, -self.config.clip_sample_range, self.config.clip_sample_range)
        prev_sample = alpha_prod_t_prev.sqrt() * pred_x0 + (1 - alpha_prod_t_prev).sqrt() * model_output
        return prev_sample, pred_x0


def make():
    np.random.seed(1)
    sched = DDIMScheduler(DDIMConfig())
    eps = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    sample = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    t = Tensor(5, ms.int32)
    return sched, (eps, t, sample)
