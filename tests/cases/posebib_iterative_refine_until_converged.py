# case: iterative keypoint refiner keeps applying a residual stage while the mean update is above a tolerance, appending each estimate to a history list -> loop count decided by tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineConfig:
    def __init__(self, num_keypoints=17, hidden=64, tol=1e-2, max_iters=6, return_history=True):
        self.num_keypoints = num_keypoints
        self.hidden = hidden
        self.tol = tol
        self.max_iters = max_iters
        self.return_history = return_history


class ResidualRefiner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        k = config.num_keypoints
        self.mlp = nn.SequentialCell([nn.Dense(k * 2, config.hidden), nn.ReLU(), nn.Dense(config.hidden, k * 2)])
        self.step = 0.5

    def construct(self, kpts):
        b = kpts.shape[0]
        return self.step * ops.tanh(self.mlp(kpts.reshape(b, -1))).reshape(kpts.shape)


class IterativePoseRefiner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.refiner = ResidualRefiner(config)
        self.tol = config.tol
        self.max_iters = config.max_iters
        self.return_history = config.return_history

    def construct(self, init_kpts):
        kpts = init_kpts
        history = [kpts]
        delta = self.refiner(kpts)
        it = 0
        while ops.abs(delta).mean() > self.tol and it < self.max_iters:
            kpts = kpts + delta
            history.append(kpts)
            delta = self.refiner(kpts) * 0.5
            it += 1
        if self.return_history:
            return ops.stack(history)
        return kpts


def make():
    np.random.seed(115)
    kpts = Tensor(np.random.rand(2, 17, 2).astype(np.float32))
    return IterativePoseRefiner(RefineConfig()), (kpts,)
