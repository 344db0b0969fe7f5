# case: landmark refinement runs a cascade step for int(n_iters) iterations taken from an input tensor -> for loop over range() of a data value, rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CascadeConfig:
    num_landmarks = 5
    feat_dim = 32
    step_size = 0.5


class RegressionStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.step_size = config.step_size
        self.reg = nn.Dense(config.feat_dim + 2 * config.num_landmarks, 2 * config.num_landmarks)

    def construct(self, feats, shape):
        delta = self.reg(ops.concat((feats, shape.reshape(shape.shape[0], -1)), axis=1))
        return shape + self.step_size * ops.tanh(delta).reshape(shape.shape)


class CascadedLandmarkRefiner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.step = RegressionStep(config)

    def construct(self, feats, init_shape, n_iters):
        shape = init_shape
        for _ in range(int(n_iters)):
            shape = self.step(feats, shape)
        return shape


def make():
    np.random.seed(37617)
    feats = Tensor(np.random.randn(2, CascadeConfig.feat_dim).astype(np.float32))
    init = Tensor(np.random.rand(2, CascadeConfig.num_landmarks, 2).astype(np.float32))
    return CascadedLandmarkRefiner(CascadeConfig()), (feats, init, Tensor(np.array(3, np.int32)))
