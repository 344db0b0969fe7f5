# case: attention-decoder beam step that takes topk with k fixed by config.beam_size, masks finished hyps with ops.where and gathers back-pointers -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, d_model=32, vocab_size=20, beam_size=4, eos_id=1, length_penalty=0.0):
        self.d_model = d_model
        self.vocab_size = vocab_size
        self.beam_size = beam_size
        self.eos_id = eos_id
        self.length_penalty = length_penalty


class BeamStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.out = nn.Dense(config.d_model, config.vocab_size)
        self.beam_size = config.beam_size
        self.eos_id = config.eos_id
        self.vocab_size = config.vocab_size
        self.length_penalty = config.length_penalty

    def _freeze_finished(self, logp, finished):
        eos_only = ops.full_like(logp, -1e9)
        eos_only[:, self.eos_id] = 0.0
        return ops.where(finished.reshape(-1, 1), eos_only, logp)

    def construct(self, dec_state, scores, finished, step_len):
        logp = ops.log_softmax(self.out(dec_state), axis=-1)
        logp = self._freeze_finished(logp, finished)
        cand = scores.reshape(-1, 1) + logp
        if self.length_penalty > 0:
            cand = cand / ops.pow(step_len.astype(cand.dtype), self.length_penalty)
        best, idx = ops.topk(cand.reshape(-1), self.beam_size)
        prev_beam = idx // self.vocab_size
        tokens = idx % self.vocab_size
        new_finished = ops.gather(finished, prev_beam, 0) | (tokens == self.eos_id)
        return best, prev_beam, tokens, new_finished


def make():
    np.random.seed(3316)
    net = BeamStep(DecoderConfig())
    dec_state = Tensor(np.random.randn(4, 32).astype(np.float32))
    scores = Tensor(np.random.randn(4).astype(np.float32))
    finished = Tensor(np.array([False, True, False, False]))
    step_len = Tensor(5, ms.int32)
    return net, (dec_state, scores, finished, step_len)
