# case: average fill heights over bottles present in the pocket as a masked mean (sum of mask*level / sum of mask) -> static shapes, no data-dependent indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PresentBottleFillStats(nn.Cell):
    def __init__(self, presence_threshold=0.5, eps=1e-6):
        super().__init__()
        self.presence_threshold = presence_threshold
        self.eps = eps
        self.proj = nn.Dense(8, 1)

    def estimate_level(self, profile):
        return self.proj(profile).squeeze(-1)

    def construct(self, profiles, presence_score):
        level = self.estimate_level(profiles)
        present = (presence_score > self.presence_threshold).astype(ms.float32)
        n = present.sum() + self.eps
        mean = (level * present).sum() / n
        var = (((level - mean) ** 2) * present).sum() / n
        return mean, ops.sqrt(var)


def make():
    np.random.seed(52)
    profiles = np.random.rand(32, 8).astype(np.float32)
    presence = np.random.rand(32).astype(np.float32)
    return PresentBottleFillStats(), (Tensor(profiles), Tensor(presence))
