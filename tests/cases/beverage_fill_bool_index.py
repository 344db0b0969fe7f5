# case: average the fill heights of only the bottles the vision system detected as present in the pocket -> boolean-mask indexing of a tensor gives a data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PresentBottleFillStats(nn.Cell):
    def __init__(self, presence_threshold=0.5):
        super().__init__()
        self.presence_threshold = presence_threshold
        self.proj = nn.Dense(8, 1)

    def estimate_level(self, profile):
        return self.proj(profile).squeeze(-1)

    def construct(self, profiles, presence_score):
        level = self.estimate_level(profiles)
        present = presence_score > self.presence_threshold
        level_present = level[present]
        return level_present.mean(), level_present.std()


def make():
    np.random.seed(51)
    profiles = np.random.rand(32, 8).astype(np.float32)
    presence = np.random.rand(32).astype(np.float32)
    return PresentBottleFillStats(), (Tensor(profiles), Tensor(presence))
