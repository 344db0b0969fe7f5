# case: change-detection BCE loss head that also reports the mean predicted probability on positive pixels via ops.masked_select (return_stats defaults to True) -> masked_select output has data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class LossConfig:
    pos_weight: float = 2.0
    return_stats: bool = True
    ignore_index: int = 255


class BinaryChangeLoss(nn.Cell):
    def __init__(self, config: LossConfig):
        super().__init__()
        self.pos_weight = config.pos_weight
        self.return_stats = config.return_stats
        self.ignore_index = config.ignore_index

    def _positive_mean(self, prob, target):
        pos = ops.masked_select(prob, target > 0.5)
        return pos.sum() / (pos.shape[0] + 1e-6)

    def construct(self, logits, target):
        prob = ops.sigmoid(logits)
        valid = (target != self.ignore_index).astype(ms.float32)
        tgt = target * valid
        w = 1.0 + (self.pos_weight - 1.0) * tgt
        bce = -(tgt * ops.log(prob + 1e-6) + (1 - tgt) * ops.log(1 - prob + 1e-6))
        loss = (bce * w * valid).sum() / (valid.sum() + 1e-6)
        if not self.return_stats:
            return (loss,)
        return loss, self._positive_mean(prob, tgt)


def make():
    np.random.seed(13)
    logits = Tensor(np.random.randn(2, 1, 16, 16).astype(np.float32))
    target = Tensor((np.random.rand(2, 1, 16, 16) > 0.7).astype(np.float32))
    return BinaryChangeLoss(LossConfig()), (logits, target)
