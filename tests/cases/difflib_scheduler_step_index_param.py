# case: Euler scheduler stores its step index in an int32 Parameter created by a helper and advances it with ops.assign in construct -> Parameter state, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SchedulerConfig:
    num_inference_steps = 10
    sigma_max = 10.0
    sigma_min = 0.1
    s_churn = 0.0


class StatefulSchedulerBase(nn.Cell):
    def _register_state(self):
        self.step_index = Parameter(Tensor(0, ms.int32), name="step_index", requires_grad=False)

    def _advance(self):
        ops.assign(self.step_index, self.step_index + 1)


class EulerDiscreteScheduler(StatefulSchedulerBase):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.s_churn = config.s_churn
        sig = np.geomspace(config.sigma_max, config.sigma_min, config.num_inference_steps).astype(np.float32)
        self.sigmas = Tensor(np.append(sig, 0.0).astype(np.float32))
        self._register_state()

    def construct(self, model_output, sample):
        idx = self.step_index
        sigma = ops.gather(self.sigmas, idx, 0)
        sigma_next = ops.gather(self.sigmas, idx + 1, 0)
        gamma = min(self.s_churn / (self.config.num_inference_steps - 1), 2 ** 0.5 - 1) if self.s_churn > 0 else 0.0
        sigma_hat = sigma * (gamma + 1)
        pred_x0 = sample - sigma_hat * model_output
        derivative = (sample - pred_x0) / sigma_hat
        prev_sample = sample + derivative * (sigma_next - sigma_hat)
        self._advance()
        return prev_sample


def make():
    np.random.seed(13)
    eps = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    sample = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    return EulerDiscreteScheduler(SchedulerConfig()), (eps, sample)
