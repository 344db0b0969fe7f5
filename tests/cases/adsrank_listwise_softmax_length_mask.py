# case: listwise softmax cross-entropy over lists of varying valid length using an arange<len mask and -inf fill -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedListwiseLoss(nn.Cell):
    def __init__(self, temperature=1.0, eps=1e-6):
        super().__init__()
        self.temperature = temperature
        self.eps = eps

    def _length_mask(self, list_lens, max_len):
        positions = ops.arange(max_len, dtype=ms.int32).expand_dims(0)
        return positions < list_lens.expand_dims(-1)

    def construct(self, scores, labels, list_lens):
        mask = self._length_mask(list_lens, scores.shape[-1])
        logits = scores / self.temperature
        logits = logits.masked_fill(ops.logical_not(mask), -1e9)
        log_p = ops.log_softmax(logits, axis=-1)
        labels = labels * mask.astype(labels.dtype)
        target = labels / (labels.sum(axis=-1, keepdims=True) + self.eps)
        per_list = -(target * log_p).sum(axis=-1)
        has_pos = (labels.sum(axis=-1) > 0).astype(ms.float32)
        return (per_list * has_pos).sum() / ops.maximum(has_pos.sum(), 1.0)


class ListwiseRanker(nn.Cell):
    def __init__(self, feat_dim=5):
        super().__init__()
        self.head = nn.Dense(feat_dim, 1)
        self.loss_fn = MaskedListwiseLoss()

    def construct(self, feats, labels, list_lens):
        scores = self.head(feats).squeeze(-1)
        return self.loss_fn(scores, labels, list_lens)


def make():
    np.random.seed(5)
    feats = Tensor(np.random.randn(3, 6, 5).astype(np.float32))
    labels = Tensor((np.random.rand(3, 6) > 0.5).astype(np.float32))
    lens = Tensor(np.array([6, 4, 2], dtype=np.int32))
    return ListwiseRanker(), (feats, labels, lens)
