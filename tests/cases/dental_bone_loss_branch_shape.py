# case: if mean bone-loss ratio exceeds a threshold return only the 4 molar columns, else all columns -> branches with different shapes, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoneLossReport(nn.Cell):
    """Bone level vs CEJ distances per tooth site; returns the sites to re-check."""

    def __init__(self, severe_ratio=0.3):
        super().__init__()
        self.severe_ratio = severe_ratio

    def bone_loss_ratio(self, cej_to_crest, root_length):
        return cej_to_crest / (root_length + 1e-3)

    def construct(self, cej_to_crest, root_length):
        ratio = self.bone_loss_ratio(cej_to_crest, root_length)
        if ratio.mean() > self.severe_ratio:
            flagged = ratio[:, :4]
        else:
            flagged = ratio
        return flagged


def make():
    np.random.seed(4)
    cej = np.random.rand(3, 16).astype(np.float32) * 6.0
    root = np.random.rand(3, 16).astype(np.float32) * 5.0 + 10.0
    return BoneLossReport(), (Tensor(cej), Tensor(root))
