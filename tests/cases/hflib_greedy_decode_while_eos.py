# case: greedy generation loop for a tiny decoder-only LM that keeps appending the argmax token to input_ids while no sequence has produced EOS and the length is below max_length -> while loop on tensor values with a sequence that grows each iteration, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenerationConfig:
    vocab_size = 20
    hidden_size = 16
    max_length = 8
    eos_token_id = 3


class TinyLM(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.lm_head = nn.Dense(config.hidden_size, config.vocab_size)

    def construct(self, input_ids):
        h = self.embed(input_ids).cumsum(axis=1)
        return self.lm_head(h)


class GreedySearch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.model = TinyLM(config)
        self.max_length = config.max_length
        self.eos_token_id = config.eos_token_id

    def construct(self, input_ids):
        unfinished = ops.ones((input_ids.shape[0],), ms.int32)
        while unfinished.max() > 0 and input_ids.shape[1] < self.max_length:
            next_token_logits = self.model(input_ids)[:, -1, :]
            next_tokens = next_token_logits.argmax(axis=-1).astype(ms.int32)
            next_tokens = next_tokens * unfinished + self.eos_token_id * (1 - unfinished)
            input_ids = ops.cat((input_ids, next_tokens[:, None]), axis=-1)
            unfinished = unfinished * ops.ne(next_tokens, self.eos_token_id).astype(ms.int32)
        return input_ids


def make():
    np.random.seed(53)
    gen = GreedySearch(GenerationConfig())
    ids = Tensor(np.array([[1, 5], [2, 7]], dtype=np.int32))
    return gen, (ids,)
