# case: classifies the grasp type (pinch/power/hook) from contact features and turns the argmax into a one-hot mode vector that weights per-mode width presets -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraspModeSelector(nn.Cell):
    def __init__(self, feat_dim=9, presets=(0.02, 0.07, 0.045)):
        super().__init__()
        self.num_modes = len(presets)
        self.presets = Tensor(np.array(presets, np.float32))
        self.classifier = nn.SequentialCell([nn.Dense(feat_dim, 16), nn.Tanh(), nn.Dense(16, self.num_modes)])

    def construct(self, contact_feats):
        logits = self.classifier(contact_feats)
        mode = ops.argmax(logits, dim=-1)
        onehot = ops.one_hot(mode, self.num_modes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        widths = (onehot * self.presets).sum(axis=-1)
        return mode, widths


def make():
    np.random.seed(35)
    feats = Tensor(np.random.randn(5, 9).astype(np.float32))
    return GraspModeSelector(), (feats,)
