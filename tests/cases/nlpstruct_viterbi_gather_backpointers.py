# case: batched Viterbi with on-graph backpointer traceback via gather_elements, length-aware -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CRFViterbi(nn.Cell):
    def __init__(self, num_tags=4, use_end_transitions=True):
        super().__init__()
        rng = np.random.RandomState(2)
        self.transitions = Parameter(Tensor(rng.randn(num_tags, num_tags).astype(np.float32)), name="trans")
        self.end_trans = Parameter(Tensor(rng.randn(num_tags).astype(np.float32)), name="end")
        self.use_end_transitions = use_end_transitions

    def construct(self, emissions, mask):
        batch, seq_len, num_tags = emissions.shape
        score = emissions[:, 0]
        history = []
        for t in range(1, seq_len):
            cand = score.expand_dims(2) + self.transitions + emissions[:, t].expand_dims(1)
            best_score = cand.max(axis=1)
            best_prev = cand.argmax(1).astype(ms.int32)
            keep = mask[:, t:t + 1]
            score = ops.where(keep, best_score, score)
            ident = ops.broadcast_to(ops.arange(num_tags, dtype=ms.int32).expand_dims(0), (batch, num_tags))
            history.append(ops.where(keep, best_prev, ident))
        if self.use_end_transitions:
            score = score + self.end_trans
        best_tag = score.argmax(-1).astype(ms.int32).expand_dims(1)
        tags = [best_tag]
        for bp in reversed(history):
            best_tag = ops.gather_elements(bp, 1, best_tag)
            tags.append(best_tag)
        tags.reverse()
        path = ops.concat(tags, 1)
        return path * mask.astype(ms.int32), score.max(axis=-1)


def make():
    np.random.seed(0)
    emissions = Tensor(np.random.randn(3, 5, 4).astype(np.float32))
    lengths = np.array([5, 3, 1])
    mask = Tensor(np.arange(5)[None, :] < lengths[:, None])
    return CRFViterbi(), (emissions, mask)
