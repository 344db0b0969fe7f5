# case: sequence CTC-free per-token loss reduced per sample with a length mask built from arange < lengths -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedSequenceLoss(nn.Cell):
    def __init__(self, reduction="mean", pad_id=0, sample_average=True):
        super().__init__()
        self.reduction = reduction
        self.pad_id = pad_id
        self.sample_average = sample_average
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def _length_mask(self, lengths, max_len):
        steps = ops.arange(max_len, dtype=ms.int32)
        return (steps[None, :] < lengths[:, None]).astype(ms.float32)

    def construct(self, logits, targets, lengths):
        b, t, v = logits.shape
        logp = self.log_softmax(logits)
        nll = -ops.gather_elements(logp, 2, targets[..., None]).squeeze(-1)   # (B, T)
        mask = self._length_mask(lengths, t)
        per_sample = (nll * mask).sum(axis=1)
        if self.sample_average:
            per_sample = per_sample / ops.clamp(mask.sum(axis=1), min=1.0)
        if self.reduction == "none":
            return per_sample
        if self.reduction == "sum":
            return per_sample.sum()
        return per_sample.mean()


def make():
    np.random.seed(32)
    logits = Tensor(np.random.randn(3, 7, 9).astype(np.float32))
    targets = Tensor(np.random.randint(1, 9, size=(3, 7)).astype(np.int32))
    lengths = Tensor(np.array([7, 4, 2], dtype=np.int32))
    return MaskedSequenceLoss(), (logits, targets, lengths)
