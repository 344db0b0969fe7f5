# case: LMS scheduler step creates a @ms.jit_class SchedulerState in construct and bumps its counter and derivative fields before returning the sample -> jit_class instance created and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SchedulerState:
    def __init__(self, sample, counter):
        self.sample = sample
        self.counter = counter
        self.derivative = sample * 0


class LMSConfig:
    order = 2
    num_inference_steps = 10


class LMSDiscreteScheduler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.order = config.order
        self.sigmas = Tensor(np.append(np.linspace(10.0, 0.1, config.num_inference_steps), 0.0).astype(np.float32))

    def _update(self, state, model_output, sigma):
        state.derivative = (state.sample - (state.sample - sigma * model_output)) / sigma
        state.counter = state.counter + 1
        return state

    def construct(self, model_output, sample, step_index):
        state = SchedulerState(sample, step_index)
        sigma = self.sigmas[step_index]
        state = self._update(state, model_output, sigma)
        dt = self.sigmas[state.counter] - sigma
        return state.sample + state.derivative * dt


def make():
    np.random.seed(34)
    eps = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    x = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    return LMSDiscreteScheduler(LMSConfig()), (eps, x, Tensor(2, ms.int32))
