# case: jitted Monte-Carlo return estimator truncates the reward sequence at the first terminal step found with argmax on dones -> int() of a tensor used as slice length should fail or go dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_GAMMA = 0.99
NORMALIZE_BY_LENGTH = False


def _truncate_at_done(rewards, dones):
    horizon = int(dones.argmax()) + 1
    return rewards[:horizon]


def _discount_weights(length, gamma):
    return ops.pow(Tensor(gamma, ms.float32), ops.arange(length).astype(ms.float32))


@ms.jit
def monte_carlo_return(rewards, dones, gamma=None):
    gamma = DEFAULT_GAMMA if gamma is None else gamma
    episode = _truncate_at_done(rewards, dones)
    weights = _discount_weights(episode.shape[0], gamma)
    ret = (episode * weights).sum()
    if NORMALIZE_BY_LENGTH:
        ret = ret / episode.shape[0]
    return ret


def make():
    np.random.seed(5)
    rewards = Tensor(np.random.rand(12).astype(np.float32))
    dones = np.zeros(12, np.float32)
    dones[7] = 1.0
    return monte_carlo_return, (rewards, Tensor(dones))
