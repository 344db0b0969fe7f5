# case: beam search expansion whose beam width is capped by the number of still-unvisited nodes read from the mask -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamExpand(nn.Cell):
    def __init__(self, max_beam=4):
        super().__init__()
        self.max_beam = max_beam
        self.log_softmax = nn.LogSoftmax(-1)

    def _flat_scores(self, beam_scores, logits, visited):
        logits = ops.where(visited, ops.full_like(logits, -1e9), logits)
        step_lp = self.log_softmax(logits)
        return (beam_scores.expand_dims(-1) + step_lp).reshape(-1)

    def construct(self, beam_scores, logits, visited):
        n = logits.shape[-1]
        flat = self._flat_scores(beam_scores, logits, visited)
        n_open = ops.logical_not(visited[0]).astype(ms.int32).sum()
        k = ops.minimum(n_open, self.max_beam)
        top_scores, top_idx = ops.topk(flat, int(k))
        parent = top_idx // n
        node = top_idx % n
        return top_scores, parent, node


def make():
    np.random.seed(5)
    scores = Tensor(np.array([-0.1, -0.7, -1.2, -2.0], np.float32))
    logits = Tensor(np.random.randn(4, 6).astype(np.float32))
    visited = np.zeros((4, 6), dtype=bool)
    visited[:, [0, 2, 3]] = True
    return BeamExpand(), (scores, logits, Tensor(visited))
