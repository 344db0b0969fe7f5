# case: transducer decoder step that creates a @ms.jit_class DecoderState inside construct, mutates its step counter and returns the state object -> Graph mode should reject returning/mutating the class instance
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class DecoderState:
    def __init__(self, hidden, step):
        self.hidden = hidden
        self.step = step


class PredictorConfig:
    def __init__(self, vocab_size=16, d_model=24, blank_id=0):
        self.vocab_size = vocab_size
        self.d_model = d_model
        self.blank_id = blank_id


class StatelessPredictor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.d_model)
        self.cell = nn.Dense(2 * config.d_model, config.d_model)
        self.d_model = config.d_model

    def _init_state(self, batch):
        return DecoderState(ops.zeros((batch, self.d_model), ms.float32), 0)

    def construct(self, tokens):
        state = self._init_state(tokens.shape[0])
        emb = self.embed(tokens)
        for t in range(tokens.shape[1]):
            state.hidden = ops.tanh(self.cell(ops.concat((emb[:, t], state.hidden), axis=-1)))
            state.step = state.step + 1
        return state


def make():
    np.random.seed(3325)
    net = StatelessPredictor(PredictorConfig())
    tokens = Tensor(np.random.randint(1, 16, (2, 5)).astype(np.int32))
    return net, (tokens,)
