# case: beam step that collects scores of hypotheses ending in EOS via boolean-mask indexing -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamStep(nn.Cell):
    def __init__(self, hidden=8, vocab_size=20, beam_size=4, eos_id=2):
        super().__init__()
        self.out = nn.Dense(hidden, vocab_size)
        self.beam_size = beam_size
        self.eos_id = eos_id
        self.vocab_size = vocab_size

    def construct(self, states, beam_scores):
        logprobs = ops.log_softmax(self.out(states), axis=-1)
        cand = (beam_scores.expand_dims(-1) + logprobs).reshape(-1)
        top_scores, top_idx = ops.topk(cand, 2 * self.beam_size)
        next_tokens = top_idx % self.vocab_size
        src_beam = top_idx // self.vocab_size
        is_eos = next_tokens == self.eos_id
        best_finished = self._best_finished(top_scores, is_eos)
        alive_scores = top_scores[~is_eos]
        return best_finished, alive_scores[:self.beam_size], src_beam

    def _best_finished(self, scores, is_eos):
        finished = scores[is_eos]
        return finished.max() if finished.shape[0] > 0 else scores.min()


def make():
    np.random.seed(4)
    states = np.random.randn(4, 8).astype(np.float32)
    net = BeamStep()
    # bias the output layer towards EOS so at least one candidate finishes
    b = net.out.bias.asnumpy()
    b[2] = 3.0
    net.out.bias.set_data(Tensor(b))
    return net, (Tensor(states), Tensor(np.zeros(4, np.float32)))
