# case: generation helper that expands encoder outputs and attention mask for beam search, with num_beams passed in as a Tensor and converted with int() -> repeat count from tensor data, dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, vocab_size=50, d_model=16):
        self.vocab_size = vocab_size
        self.d_model = d_model


def _expand_for_generation(num_beams, *tensors):
    n = int(num_beams)
    return tuple(ops.repeat_interleave(t, n, 0) for t in tensors)


class EncoderForGeneration(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.d_model)
        self.ffn = nn.Dense(config.d_model, config.d_model, activation="gelu")

    def construct(self, input_ids, attention_mask, num_beams):
        enc = self.ffn(self.embed(input_ids))
        enc = enc * attention_mask.expand_dims(-1).astype(enc.dtype)
        enc, attention_mask = _expand_for_generation(num_beams, enc, attention_mask)
        return enc, attention_mask


def make():
    np.random.seed(3378)
    cfg = EncoderConfig()
    ids = Tensor(np.random.randint(0, cfg.vocab_size, size=(2, 5)).astype(np.int32))
    mask = Tensor(np.ones((2, 5), dtype=np.int32))
    return EncoderForGeneration(cfg), (ids, mask, Tensor(np.array(3, dtype=np.int32)))
