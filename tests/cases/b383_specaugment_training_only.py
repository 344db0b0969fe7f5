# case: KWS encoder with a SpecAugment-style time mask that uses boolean-mask indexing only under `if self.training:`, while the cell is run in eval mode -> hazard sits in a branch removed at compile time, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AugConfig:
    def __init__(self, n_mels=40, hidden=16, num_labels=12, mask_threshold=0.1):
        self.n_mels = n_mels
        self.hidden = hidden
        self.num_labels = num_labels
        self.mask_threshold = mask_threshold


class SpecAugmentKWS(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mask_threshold = config.mask_threshold
        self.proj = nn.Dense(config.n_mels, config.hidden)
        self.cls = nn.Dense(config.hidden, config.num_labels)

    def _drop_frames(self, feats):
        keep = ops.rand(feats.shape[0]) > self.mask_threshold
        return feats[keep]

    def construct(self, feats):
        if self.training:
            feats = self._drop_frames(feats)
        h = ops.relu(self.proj(feats))
        return self.cls(h.mean(axis=0, keep_dims=True))


def make():
    np.random.seed(38329)
    net = SpecAugmentKWS(AugConfig())
    net.set_train(False)
    feats = Tensor(np.random.randn(49, 40).astype(np.float32))
    return net, (feats,)
