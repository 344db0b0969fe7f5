# case: temporal boundary refiner iterates until the update norm falls under a tolerance, collecting each step's estimate in a list -> while loop on tensor value with a growing list, error or slow unrolled graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefinerConfig:
    def __init__(self, dim=8, tol=1e-2, max_iters=20, return_trajectory=True):
        self.dim = dim
        self.tol = tol
        self.max_iters = max_iters
        self.return_trajectory = return_trajectory


class BoundaryRefiner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.update = nn.Dense(config.dim, config.dim)
        self.tol = config.tol
        self.return_trajectory = config.return_trajectory

    def construct(self, boundary_feats):
        est = boundary_feats
        trajectory = [est]
        delta = ops.ones((), ms.float32)
        gain = ops.ones((), ms.float32)
        while delta > self.tol:
            step = gain * ops.tanh(self.update(est))
            est = est + step
            delta = ops.abs(step).mean()
            gain = gain * 0.5
            trajectory.append(est)
        if self.return_trajectory:
            return ops.stack(trajectory)
        return est


def make():
    np.random.seed(116)
    net = BoundaryRefiner(RefinerConfig())
    for p in net.get_parameters():
        p.set_data(Tensor(np.random.randn(*p.shape).astype(np.float32) * 0.1))
    feats = Tensor(np.random.randn(4, 8).astype(np.float32))
    return net, (feats,)
