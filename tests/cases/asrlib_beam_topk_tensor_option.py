# case: CTC prefix beam step takes an Optional beam_size override; the decoding options pass it as a Tensor, so ops.topk gets k from tensor data -> dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamConfig:
    vocab_size = 12
    d_model = 32
    beam_size = 4


class CTCBeamStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ctc_lo = nn.Dense(config.d_model, config.vocab_size)
        self.beam_size = config.beam_size

    def _resolve_beam(self, beam_size=None):
        if beam_size is None:
            return self.beam_size
        if isinstance(beam_size, Tensor):
            return beam_size.astype(ms.int32)
        return int(beam_size)

    def construct(self, encoder_frame, prefix_scores, beam_size=None):
        beam = self._resolve_beam(beam_size)
        logp = ops.log_softmax(self.ctc_lo(encoder_frame), axis=-1)          # (N, V)
        cand = (prefix_scores.expand_dims(1) + logp).reshape(-1)
        top_scores, top_ids = ops.topk(cand, beam)
        prefix_ids = top_ids // logp.shape[1]
        token_ids = top_ids % logp.shape[1]
        return top_scores, prefix_ids, token_ids


def make():
    np.random.seed(28)
    frame = Tensor(np.random.randn(4, 32).astype(np.float32))
    prefix_scores = Tensor(np.random.randn(4).astype(np.float32))
    return CTCBeamStep(BeamConfig()), (frame, prefix_scores, Tensor(3, ms.int32))
