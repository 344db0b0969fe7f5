# case: normalized-difference features for a tuple of configured band pairs built in a for loop and concatenated -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormalizedDifferenceFeatures(nn.Cell):
    def __init__(self, pairs=((3, 2), (1, 3), (3, 4), (4, 3)), append_raw=True, eps=1e-6):
        super().__init__()
        self.pairs = pairs
        self.append_raw = append_raw
        self.eps = eps
        n_out = len(pairs) + (5 if append_raw else 0)
        self.mix = nn.Conv2d(n_out, 8, 1)

    def nd(self, scene, a, b):
        xa = scene[:, a:a + 1]
        xb = scene[:, b:b + 1]
        return (xa - xb) / (xa + xb + self.eps)

    def construct(self, scene):
        feats = []
        for a, b in self.pairs:
            feats.append(self.nd(scene, a, b))
        if self.append_raw:
            feats.append(scene)
        return self.mix(ops.concat(feats, axis=1))


def make():
    np.random.seed(41)
    scene = Tensor(np.random.rand(2, 5, 8, 8).astype(np.float32) + 0.01)
    return NormalizedDifferenceFeatures(), (scene,)
