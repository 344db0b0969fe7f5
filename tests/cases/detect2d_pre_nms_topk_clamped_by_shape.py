# case: per-level pre-NMS top-k with k = min(config, num anchors from .shape) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PreNMSSelector(nn.Cell):
    def __init__(self, pre_nms_top_n=100, use_sigmoid=True):
        super().__init__()
        self.pre_nms_top_n = pre_nms_top_n
        self.use_sigmoid = use_sigmoid

    def select_level(self, logits, deltas):
        # logits: (B, A, C), deltas: (B, A, 4)
        if self.use_sigmoid:
            scores = ops.sigmoid(logits)
        else:
            scores = ops.softmax(logits, axis=-1)
        max_scores = scores.max(axis=-1)
        num_anchors = max_scores.shape[1]
        k = min(self.pre_nms_top_n, num_anchors)
        top_scores, top_idx = ops.topk(max_scores, k)
        idx = ops.broadcast_to(top_idx.expand_dims(-1), (top_idx.shape[0], k, 4))
        top_deltas = ops.gather_elements(deltas, 1, idx)
        return top_scores, top_deltas

    def construct(self, logits_list, deltas_list):
        all_scores = []
        all_deltas = []
        for logits, deltas in zip(logits_list, deltas_list):
            s, d = self.select_level(logits, deltas)
            all_scores.append(s)
            all_deltas.append(d)
        return ops.concat(all_scores, axis=1), ops.concat(all_deltas, axis=1)


def make():
    np.random.seed(2)
    logits = (Tensor(np.random.randn(2, 192, 3).astype(np.float32)),
              Tensor(np.random.randn(2, 48, 3).astype(np.float32)))
    deltas = (Tensor(np.random.randn(2, 192, 4).astype(np.float32)),
              Tensor(np.random.randn(2, 48, 4).astype(np.float32)))
    return PreNMSSelector(), (logits, deltas)
