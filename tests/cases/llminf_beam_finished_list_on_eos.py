# case: beam search step collects finished beams in a Python list only when their last token is EOS -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamFinalizer(nn.Cell):
    def __init__(self, num_beams=3, eos_token_id=1, length_penalty=1.0):
        super().__init__()
        self.num_beams = num_beams
        self.eos_token_id = eos_token_id
        self.length_penalty = length_penalty

    def construct(self, beam_tokens, beam_scores):
        finished = []
        cur_len = beam_tokens.shape[-1]
        for b in range(self.num_beams):
            if beam_tokens[b, -1] == self.eos_token_id:
                finished.append(beam_scores[b] / (cur_len ** self.length_penalty))
        if len(finished) == 0:
            return beam_scores.max()
        return ops.stack(finished).max()


def make():
    toks = Tensor(np.array([[4, 5, 1], [4, 6, 7], [3, 5, 1]], dtype=np.int32))
    scores = Tensor(np.array([-2.0, -1.5, -3.0], dtype=np.float32))
    return BeamFinalizer(), (toks, scores)
