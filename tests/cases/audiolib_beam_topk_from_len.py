# case: attention-decoder beam step that shrinks the beam to min(beam_size, number of unfinished hyps) read from a tensor, then calls topk with that k -> Graph mode should reject or go dynamic (k from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, d_model=32, vocab_size=20, beam_size=4, eos_id=1):
        self.d_model = d_model
        self.vocab_size = vocab_size
        self.beam_size = beam_size
        self.eos_id = eos_id


class BeamStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.out = nn.Dense(config.d_model, config.vocab_size)
        self.beam_size = config.beam_size
        self.eos_id = config.eos_id

    def _effective_beam(self, finished):
        alive = (1 - finished.astype(ms.int32)).sum()
        return min(self.beam_size, int(alive))

    def construct(self, dec_state, scores, finished):
        logp = ops.log_softmax(self.out(dec_state), axis=-1)
        cand = scores.reshape(-1, 1) + logp
        k = self._effective_beam(finished)
        best, idx = ops.topk(cand.reshape(-1), k)
        prev_beam = idx // logp.shape[-1]
        tokens = idx % logp.shape[-1]
        return best, prev_beam, tokens


def make():
    np.random.seed(3315)
    net = BeamStep(DecoderConfig())
    dec_state = Tensor(np.random.randn(4, 32).astype(np.float32))
    scores = Tensor(np.random.randn(4).astype(np.float32))
    finished = Tensor(np.array([False, True, False, False]))
    return net, (dec_state, scores, finished)
