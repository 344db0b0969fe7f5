# case: flattened replay of variable-length episodes, per-episode returns by segment sum with the episode count read from the ids -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpisodeReturnAggregator(nn.Cell):
    def __init__(self, reward_scale=1.0, baseline="mean"):
        super().__init__()
        self.reward_scale = reward_scale
        self.baseline = baseline

    def num_episodes(self, episode_ids):
        return episode_ids.max() + 1

    def construct(self, rewards, episode_ids):
        n_ep = self.num_episodes(episode_ids)
        returns = ops.unsorted_segment_sum(rewards * self.reward_scale, episode_ids, n_ep)
        if self.baseline == "mean":
            returns = returns - returns.mean()
        return returns


def make():
    np.random.seed(29)
    rewards = Tensor(np.random.randn(12).astype(np.float32))
    ids = Tensor(np.array([0, 0, 0, 1, 1, 2, 2, 2, 2, 3, 3, 3], np.int32))
    return EpisodeReturnAggregator(), (rewards, ids)
