# case: ESM-style encoder has an output-class path, but use_return_dict defaults to False so the tuple path runs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EsmConfig:
    vocab_size = 33
    hidden_size = 32
    num_layers = 2
    use_return_dict = False


class EncoderOutput:
    def __init__(self, last_hidden_state, hidden_states=None):
        self.last_hidden_state = last_hidden_state
        self.hidden_states = hidden_states


class TinyEsmEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed_tokens = nn.Embedding(config.vocab_size, config.hidden_size)
        self.layers = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size) for _ in range(config.num_layers)])
        self.act = nn.GELU()
        self.use_return_dict = config.use_return_dict

    def construct(self, input_ids, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.use_return_dict
        h = self.embed_tokens(input_ids)
        all_hidden = (h,)
        for layer in self.layers:
            h = h + self.act(layer(h))
            all_hidden = all_hidden + (h,)
        if not return_dict:
            return (h, all_hidden)
        return EncoderOutput(last_hidden_state=h, hidden_states=all_hidden)


def make():
    np.random.seed(12)
    ids = Tensor(np.random.randint(4, 29, size=(2, 14)).astype(np.int32))
    return TinyEsmEncoder(EsmConfig()), (ids,)
