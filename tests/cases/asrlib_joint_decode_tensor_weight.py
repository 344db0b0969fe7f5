# case: joint CTC/attention scorer gets ctc_weight as a Tensor decoding option; `if ctc_weight > 0` keeps the full (N, V) joint scores while the else branch keeps only the per-hypothesis best -> branches of different shapes under a tensor condition, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class JointConfig:
    d_model = 32
    vocab_size = 12
    beam_size = 3


class JointScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.att_out = nn.Dense(config.d_model, config.vocab_size)
        self.ctc_lo = nn.Dense(config.d_model, config.vocab_size)
        self.beam_size = config.beam_size

    def _ctc_step(self, enc_frame):
        return ops.log_softmax(self.ctc_lo(enc_frame), axis=-1)

    def construct(self, dec_state, enc_frame, ctc_weight):
        att_scores = ops.log_softmax(self.att_out(dec_state), axis=-1)        # (N, V)
        if ctc_weight > 0:
            ctc_scores = self._ctc_step(enc_frame)
            scores = (1 - ctc_weight) * att_scores + ctc_weight * ctc_scores   # (N, V)
        else:
            scores = att_scores.max(axis=-1)                                   # (N,)
        top_scores, top_ids = ops.topk(scores.reshape(-1), self.beam_size)
        return top_scores, top_ids, scores


def make():
    np.random.seed(20)
    dec_state = Tensor(np.random.randn(3, 32).astype(np.float32))
    enc_frame = Tensor(np.random.randn(3, 32).astype(np.float32))
    return JointScorer(JointConfig()), (dec_state, enc_frame, Tensor(0.3, ms.float32))
