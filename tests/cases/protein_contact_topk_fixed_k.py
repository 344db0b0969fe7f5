# case: top-k long-range contact precision where k is computed from the static map size in the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKContactPrecision(nn.Cell):
    def __init__(self, max_len=16, min_separation=6, fraction=5):
        super().__init__()
        self.k = max(1, max_len // fraction)
        idx = np.arange(max_len)
        sep = np.abs(idx[None, :] - idx[:, None])
        self.sep_mask = Tensor(sep >= min_separation)

    def construct(self, probs, true_contacts):
        scores = ops.where(self.sep_mask, probs, ops.zeros_like(probs))
        flat = scores.reshape(scores.shape[0], -1)
        _, top_idx = ops.topk(flat, self.k)
        hits = ops.gather_elements(true_contacts.reshape(true_contacts.shape[0], -1), 1, top_idx)
        return hits.astype(ms.float32).mean(axis=1)


def make():
    np.random.seed(6)
    probs = np.random.rand(2, 16, 16).astype(np.float32)
    probs = (probs + probs.transpose(0, 2, 1)) / 2
    contacts = (np.random.rand(2, 16, 16) < 0.2).astype(np.int32)
    return TopKContactPrecision(), (Tensor(probs), Tensor(contacts))
