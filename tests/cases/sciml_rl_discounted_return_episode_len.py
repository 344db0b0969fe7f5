# case: discounted returns over only the valid prefix of a padded episode, length read from the done flags -> compile error / dynamic at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpisodeReturns(nn.Cell):
    def __init__(self, gamma=0.97):
        super().__init__()
        self.gamma = gamma

    def episode_length(self, dones):
        first_done = ops.argmax(dones, dim=0)
        return first_done + 1

    def construct(self, rewards, dones):
        length = self.episode_length(dones)
        valid = rewards[:length]
        ret = ops.zeros((), ms.float32)
        out = []
        for r in valid[::-1]:
            ret = r + self.gamma * ret
            out.append(ret)
        out.reverse()
        returns = ops.stack(out)
        return (returns - returns.mean()) / (returns.std() + 1e-6)


def make():
    rewards = Tensor(np.array([1.0, 0.5, 0.0, 2.0, 1.0, 0.0, 0.0, 0.0], np.float32))
    dones = Tensor(np.array([0, 0, 0, 0, 1, 0, 0, 0], np.float32))
    return EpisodeReturns(), (rewards, dones)
