# case: CTC greedy decoder that keeps a fixed-length padded output, zeroing blanks and repeats by multiplying with a mask and averaging confidence with the mask sum -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BLANK_INDEX = 0
PAD_INDEX = -1


class CTCDecodeConfig:
    def __init__(self, num_classes=37, blank=BLANK_INDEX, return_dict=False):
        self.num_classes = num_classes
        self.blank = blank
        self.return_dict = return_dict


class PaddedCTCDecode(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blank = config.blank
        self.return_dict = config.return_dict

    def _keep_mask(self, idx):
        prev = ops.concat((ops.full((idx.shape[0], 1), -1, dtype=idx.dtype), idx[:, :-1]), axis=1)
        return ops.logical_and(idx != self.blank, idx != prev)

    def construct(self, logits, lengths=None):
        probs = ops.softmax(logits, axis=-1)
        idx = ops.argmax(probs, dim=-1)
        conf = probs.max(axis=-1)
        keep = self._keep_mask(idx).astype(ms.float32)
        if lengths is not None:
            steps = ops.arange(logits.shape[1]).reshape(1, -1)
            keep = keep * (steps < lengths.reshape(-1, 1)).astype(ms.float32)
        chars = ops.where(keep > 0, idx, ops.full_like(idx, PAD_INDEX))
        score = (conf * keep).sum(axis=1) / ops.clamp(keep.sum(axis=1), min=1.0)
        return chars, score


def make():
    np.random.seed(6)
    logits = Tensor(np.random.randn(2, 26, 37).astype(np.float32))
    lengths = Tensor(np.array([26, 20], dtype=np.int32))
    return PaddedCTCDecode(CTCDecodeConfig()), (logits, lengths)
