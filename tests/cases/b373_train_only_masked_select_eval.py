# case: arrhythmia loss-weighting head uses ops.masked_select to pick hard beats only under `if self.training`; the cell is put in eval mode before compiling -> data-dependent op in an untaken constant branch, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardBeatConfig:
    def __init__(self, hidden=16, num_classes=4, hard_margin=0.2):
        self.hidden = hidden
        self.num_classes = num_classes
        self.hard_margin = hard_margin


class HardBeatHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cls = nn.Dense(config.hidden, config.num_classes)
        self.margin = config.hard_margin

    def _hard_beat_logits(self, probs):
        top2, _ = ops.topk(probs, 2)
        hard = (top2[:, 0] - top2[:, 1]) < self.margin
        return ops.masked_select(probs.max(axis=-1), hard)

    def construct(self, beat_feats):
        logits = self.cls(beat_feats)
        probs = ops.softmax(logits, -1)
        if self.training:
            hard = self._hard_beat_logits(probs)
            return logits, hard.mean()
        return logits, probs.max(axis=-1).mean()


def make():
    np.random.seed(3770)
    x = np.random.randn(20, 16).astype(np.float32)
    net = HardBeatHead(HardBeatConfig())
    net.set_train(False)
    return net, (Tensor(x),)
