# case: padded batch of episodes with a length mask built from arange < lengths for masked mean returns -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedEpisodeCritic(nn.Cell):
    def __init__(self, obs_dim=6, hidden=24, gamma=0.97):
        super().__init__()
        self.value = nn.SequentialCell(nn.Dense(obs_dim, hidden), nn.ReLU(), nn.Dense(hidden, 1))
        self.gamma = gamma

    def length_mask(self, lengths, max_len):
        steps = ops.arange(0, max_len).reshape(1, -1)
        return (steps < lengths.reshape(-1, 1)).astype(ms.float32)

    def reward_to_go(self, rewards, mask):
        T = rewards.shape[1]
        out = []
        running = ops.zeros((rewards.shape[0],), ms.float32)
        for t in range(T - 1, -1, -1):
            running = rewards[:, t] * mask[:, t] + self.gamma * running * mask[:, t]
            out.append(running)
        out.reverse()
        return ops.stack(out, axis=1)

    def construct(self, obs, rewards, lengths):
        B, T, _ = obs.shape
        mask = self.length_mask(lengths, T)
        v = self.value(obs.reshape(B * T, -1)).reshape(B, T)
        targets = self.reward_to_go(rewards, mask)
        err = (v - targets) ** 2 * mask
        return err.sum() / mask.sum()


def make():
    np.random.seed(7)
    obs = Tensor(np.random.randn(3, 7, 6).astype(np.float32))
    rew = Tensor(np.random.randn(3, 7).astype(np.float32))
    lengths = Tensor(np.array([7, 4, 5], dtype=np.int32))
    return PaddedEpisodeCritic(), (obs, rew, lengths)
