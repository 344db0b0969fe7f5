# case: sonar patch classifier assigns each hull patch to a fouling type and reports the distinct types found with ops.unique -> unique output size depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchTypeClassifier(nn.Cell):
    """barnacle / weed / slime / clean classifier on 8x8 sonar patches."""

    def __init__(self, n_types=4, patch=8):
        super().__init__()
        self.flatten = nn.Flatten()
        self.fc = nn.Dense(patch * patch, n_types)

    def construct(self, patches):
        logits = self.fc(self.flatten(patches))
        types = ops.argmax(logits, dim=-1)
        found, per_patch = ops.unique(types)
        return found, per_patch


def make():
    np.random.seed(6)
    patches = np.random.rand(20, 8, 8).astype(np.float32)
    return PatchTypeClassifier(), (Tensor(patches),)
