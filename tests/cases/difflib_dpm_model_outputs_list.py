# case: DPM-Solver multistep scheduler keeps its history in a Python list attribute self.model_outputs, shifting it with pop(0)/append in construct -> list attribute of self mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DPMSolverConfig:
    solver_order = 2
    num_inference_steps = 10
    lower_order_final = True


class DPMSolverMultistepScheduler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.solver_order = config.solver_order
        self.lambdas = Tensor(np.linspace(-2.0, 3.0, config.num_inference_steps + 1).astype(np.float32))
        self._reset_history()

    def _reset_history(self):
        self.model_outputs = [None] * self.solver_order
        self.lower_order_nums = 0

    def _first_order(self, x0, sample, h):
        return ops.exp(-h) * sample + (1 - ops.exp(-h)) * x0

    def _second_order(self, x0, x0_prev, sample, h):
        d1 = x0 - x0_prev
        return ops.exp(-h) * sample + (1 - ops.exp(-h)) * (x0 + 0.5 * d1)

    def construct(self, model_output, sample, step_index):
        h = self.lambdas[step_index + 1] - self.lambdas[step_index]
        x0 = sample - model_output
        self.model_outputs.pop(0)
        self.model_outputs.append(x0)
        if self.model_outputs[0] is None:
            return self._first_order(x0, sample, h)
        return self._second_order(self.model_outputs[-1], self.model_outputs[-2], sample, h)


def make():
    np.random.seed(38)
    eps = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    x = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    return DPMSolverMultistepScheduler(DPMSolverConfig()), (eps, x, Tensor(3, ms.int32))
