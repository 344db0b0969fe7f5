# case: per-frame classifier loops for int(num_valid) frames (count read from a lengths tensor) and stacks the frame logits grown in a Python list -> loop count from data, Graph mode cannot unroll it statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameClassifierConfig:
    feat_dim = 40
    hidden = 24
    num_labels = 12
    use_context = False


class FrameClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_context = getattr(config, "use_context", True)
        self.mlp = nn.SequentialCell([nn.Dense(config.feat_dim, config.hidden), nn.ReLU(),
                                      nn.Dense(config.hidden, config.num_labels)])

    def _frame(self, feats, t):
        x = feats[t]
        if self.use_context:
            x = (x + feats[t - 1]) * 0.5
        return self.mlp(x.expand_dims(0))

    def construct(self, feats, num_valid):
        logits = []
        for t in range(int(num_valid)):
            logits.append(self._frame(feats, t))
        return ops.concat(logits, axis=0)


def make():
    np.random.seed(38317)
    feats = Tensor(np.random.randn(20, 40).astype(np.float32))
    return FrameClassifier(FrameClassifierConfig()), (feats, Tensor(7, ms.int32))
