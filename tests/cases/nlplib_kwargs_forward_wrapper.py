# case: generation wrapper whose construct forwards *args/**kwargs to the underlying model (prepare_inputs_for_generation style) and picks the last-token logits -> argument forwarding resolved at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    def __init__(self, vocab_size=40, hidden_size=16, pad_token_id=0):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.pad_token_id = pad_token_id


class BaseLM(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.head = nn.Dense(config.hidden_size, config.vocab_size)

    def construct(self, input_ids, attention_mask=None, position_ids=None):
        h = self.embed(input_ids)
        if attention_mask is not None:
            h = h * attention_mask.expand_dims(-1).astype(h.dtype)
        return self.head(h)


class GenerationWrapper(nn.Cell):
    def __init__(self, model, config):
        super().__init__()
        self.model = model
        self.pad_token_id = config.pad_token_id

    def prepare_inputs_for_generation(self, input_ids, **kwargs):
        attention_mask = kwargs.get("attention_mask", None)
        if attention_mask is None:
            attention_mask = ops.not_equal(input_ids, self.pad_token_id).astype(ms.int32)
        return input_ids, attention_mask

    def construct(self, *args, **kwargs):
        input_ids, attention_mask = self.prepare_inputs_for_generation(*args, **kwargs)
        logits = self.model(input_ids, attention_mask=attention_mask)
        return logits[:, -1, :]


def make():
    np.random.seed(3395)
    cfg = ModelConfig()
    ids = Tensor(np.random.randint(0, cfg.vocab_size, size=(2, 5)).astype(np.int32))
    return GenerationWrapper(BaseLM(cfg), cfg), (ids,)
