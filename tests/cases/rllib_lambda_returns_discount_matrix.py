# case: jitted TD(lambda) target builder multiplies rewards by an upper-triangular discount matrix built with NumPy at module level from a constant horizon -> module-level NumPy constant becomes a Tensor constant, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HORIZON = 10
GAMMA = 0.97


def _discount_matrix(horizon, gamma):
    idx = np.arange(horizon)
    powers = idx[None, :] - idx[:, None]
    return np.where(powers >= 0, gamma ** np.maximum(powers, 0), 0.0).astype(np.float32)


DISCOUNT = Tensor(_discount_matrix(HORIZON, GAMMA))
BOOTSTRAP = Tensor((GAMMA ** (HORIZON - np.arange(HORIZON))).astype(np.float32))


@ms.jit
def discounted_targets(rewards, bootstrap_value, normalize=False):
    returns = ops.matmul(DISCOUNT, rewards) + BOOTSTRAP.expand_dims(-1) * bootstrap_value
    if normalize:
        returns = (returns - returns.mean(0)) / (returns.std(0) + 1e-8)
    return returns


def make():
    np.random.seed(167)
    rewards = Tensor(np.random.rand(HORIZON, 4).astype(np.float32))
    boot = Tensor(np.random.randn(4).astype(np.float32))
    return discounted_targets, (rewards, boot)
