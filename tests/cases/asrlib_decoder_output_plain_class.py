# case: ASR decoder with return_dict defaulting to True builds and returns a plain Python DecoderOutput object from construct -> plain class instance created/returned in the graph, error expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderOutput:
    def __init__(self, logits, hidden_states=None, olens=None):
        self.logits = logits
        self.hidden_states = hidden_states
        self.olens = olens


class DecoderConfig:
    vocab_size = 12
    d_model = 32
    use_return_dict = True


class BiasOnlyDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.d_model)
        self.proj = nn.Dense(config.d_model, config.d_model)
        self.output_layer = nn.Dense(config.d_model, config.vocab_size)
        self.use_return_dict = getattr(config, "use_return_dict", False)

    def construct(self, memory, ys_in_pad, ys_in_lens, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.use_return_dict
        x = self.embed(ys_in_pad) + memory.mean(axis=1, keep_dims=True)
        hidden = ops.gelu(self.proj(x))
        logits = self.output_layer(hidden)
        olens = ys_in_lens
        if not return_dict:
            return (logits, hidden, olens)
        return DecoderOutput(logits=logits, hidden_states=hidden, olens=olens)


def make():
    np.random.seed(22)
    memory = Tensor(np.random.randn(2, 15, 32).astype(np.float32))
    ys_in = Tensor(np.random.randint(0, 12, (2, 6)).astype(np.int32))
    ys_lens = Tensor(np.array([6, 4], dtype=np.int32))
    return BiasOnlyDecoder(DecoderConfig()), (memory, ys_in, ys_lens)
