# case: Euler ancestral scheduler keeps a Python-int self._step_index and increments it at the end of step() in construct -> attribute of self written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SchedulerConfig:
    num_inference_steps = 10
    sigma_max = 10.0
    sigma_min = 0.1


class SchedulerMixin:
    def _init_step_index(self):
        if getattr(self, "_step_index", None) is None:
            self._step_index = 0

    def scale_model_input(self, sample, sigma):
        return sample / ops.sqrt(sigma ** 2 + 1)


class EulerAncestralScheduler(nn.Cell, SchedulerMixin):
    def __init__(self, config):
        super().__init__()
        self.config = config
        sig = np.geomspace(config.sigma_max, config.sigma_min, config.num_inference_steps).astype(np.float32)
        self.sigmas = Tensor(np.append(sig, 0.0).astype(np.float32))
        self._step_index = None
        self._init_step_index()

    def construct(self, model_output, sample, noise):
        sigma = self.sigmas[self._step_index]
        sigma_next = self.sigmas[self._step_index + 1]
        pred_x0 = sample - sigma * model_output
        sigma_up = ops.sqrt(sigma_next ** 2 * (sigma ** 2 - sigma_next ** 2) / sigma ** 2)
        sigma_down = ops.sqrt(sigma_next ** 2 - sigma_up ** 2)
        derivative = (sample - pred_x0) / sigma
        prev_sample = sample + derivative * (sigma_down - sigma) + noise * sigma_up
        self._step_index += 1
        return prev_sample


def make():
    np.random.seed(12)
    eps = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    sample = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    noise = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    return EulerAncestralScheduler(SchedulerConfig()), (eps, sample, noise)
