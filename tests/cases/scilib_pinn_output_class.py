# case: PINN wrapper returns a small PINNOutput object (solution, residual) when config.return_dict is on, which is the default -> plain Python object built and returned in construct, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PINNOutput:
    def __init__(self, solution, residual=None):
        self.solution = solution
        self.residual = residual


class PINNConfig:
    def __init__(self, hidden=32, return_dict=True, diffusivity=0.1):
        self.hidden = hidden
        self.return_dict = return_dict
        self.diffusivity = diffusivity


class ReactionDiffusionPINN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(2, config.hidden), nn.Tanh(),
                                       nn.Dense(config.hidden, config.hidden), nn.Tanh(),
                                       nn.Dense(config.hidden, 1)])
        self.return_dict = config.return_dict
        self.kappa = config.diffusivity

    def _pseudo_residual(self, u, lap_u):
        return self.kappa * lap_u + u * (1.0 - u)

    def construct(self, xt, lap_u):
        u = self.body(xt)
        res = self._pseudo_residual(u, lap_u)
        if not self.return_dict:
            return (u, res)
        return PINNOutput(solution=u, residual=res)


def make():
    np.random.seed(9)
    xt = Tensor(np.random.rand(32, 2).astype(np.float32))
    lap = Tensor(np.random.randn(32, 1).astype(np.float32))
    return ReactionDiffusionPINN(PINNConfig()), (xt, lap)
