# case: sums rewards per episode with unsorted_segment_sum where the episode count comes from the max episode id -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpisodeStats(nn.Cell):
    def __init__(self, track_lengths=True):
        super().__init__()
        self.track_lengths = track_lengths

    def _num_episodes(self, episode_ids):
        return episode_ids.max() + 1

    def construct(self, rewards, episode_ids):
        # rewards: [N], episode_ids: [N] sorted, 0..E-1
        n_ep = self._num_episodes(episode_ids)
        ep_return = ops.unsorted_segment_sum(rewards, episode_ids, n_ep)
        if self.track_lengths:
            ep_len = ops.unsorted_segment_sum(ops.ones_like(rewards), episode_ids, n_ep)
            return ep_return, ep_return / ep_len
        return ep_return, ep_return


def make():
    np.random.seed(17)
    rewards = Tensor(np.random.rand(9).astype(np.float32))
    ids = Tensor(np.array([0, 0, 0, 1, 1, 2, 2, 2, 2], np.int32))
    return EpisodeStats(), (rewards, ids)
