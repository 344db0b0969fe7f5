# case: one beam-search step over partial tours with a beam width fixed in the config: flatten scores, topk, recover parent beams and extend visited masks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamSearchStep(nn.Cell):
    def __init__(self, beam_width=3, length_penalty=0.0):
        super().__init__()
        self.beam_width = beam_width
        self.length_penalty = length_penalty

    def expand(self, beam_lp, step_logits, visited):
        step_logits = ops.masked_fill(step_logits, visited, -1e9)
        step_lp = ops.log_softmax(step_logits, -1)
        return beam_lp.expand_dims(-1) + step_lp

    def construct(self, beam_lp, step_logits, visited, partial_tours):
        bsz, beam, n = step_logits.shape
        cand = self.expand(beam_lp, step_logits, visited).reshape(bsz, beam * n)
        top_lp, top_idx = ops.topk(cand, self.beam_width)
        parent = (top_idx // n).astype(ms.int32)
        node = (top_idx % n).astype(ms.int32)
        vis = ops.gather_elements(visited.astype(ms.int32), 1, parent.view(bsz, -1, 1).broadcast_to((bsz, self.beam_width, n)))
        vis = ops.logical_or(vis > 0, ops.arange(n).view(1, 1, n) == node.expand_dims(-1))
        steps = partial_tours.shape[-1]
        prev = ops.gather_elements(partial_tours, 1, parent.expand_dims(-1).broadcast_to((bsz, self.beam_width, steps)))
        tours = ops.concat([prev, node.expand_dims(-1)], -1)
        if self.length_penalty > 0:
            top_lp = top_lp / ((steps + 1) ** self.length_penalty)
        return top_lp, vis, tours


def make():
    np.random.seed(25)
    bsz, beam, n = 2, 3, 6
    lp = Tensor(-np.random.rand(bsz, beam).astype(np.float32))
    logits = Tensor(np.random.randn(bsz, beam, n).astype(np.float32))
    vis = np.zeros((bsz, beam, n), bool)
    vis[:, :, 0] = True
    tours = Tensor(np.zeros((bsz, beam, 1), np.int32))
    return BeamSearchStep(), (lp, logits, Tensor(vis), tours)
