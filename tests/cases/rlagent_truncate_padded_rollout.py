# case: discounted returns over a padded rollout truncated to the longest episode read from the lengths tensor -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PaddedReturnHead(nn.Cell):
    def __init__(self, max_horizon=16, gamma=0.97):
        super().__init__()
        disc = np.power(gamma, np.arange(max_horizon)).astype(np.float32)
        self.discounts = Parameter(Tensor(disc), name="discounts", requires_grad=False)
        self.value_head = nn.Dense(4, 1)

    def _trim(self, rewards, obs, lengths):
        horizon = lengths.max()
        return rewards[:, :horizon], obs[:, :horizon], horizon

    def construct(self, rewards, obs, lengths):
        # rewards: [B, T_pad], obs: [B, T_pad, 4], lengths: [B]
        rewards, obs, horizon = self._trim(rewards, obs, lengths)
        disc = self.discounts[:horizon]
        mc_return = (rewards * disc).sum(axis=1)
        v0 = self.value_head(obs[:, 0]).squeeze(-1)
        return mc_return - v0


def make():
    np.random.seed(5)
    rewards = Tensor(np.random.rand(3, 10).astype(np.float32))
    obs = Tensor(np.random.randn(3, 10, 4).astype(np.float32))
    lengths = Tensor(np.array([6, 8, 5], np.int32))
    return PaddedReturnHead(), (rewards, obs, lengths)
