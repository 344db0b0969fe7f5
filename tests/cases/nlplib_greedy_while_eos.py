# case: greedy generate loop that keeps appending the argmax token while no sequence has produced EOS and max_new_tokens is not reached -> while on tensor values grows the sequence tensor each iteration, dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenerationConfig:
    def __init__(self, vocab_size=40, hidden_size=16, eos_token_id=1, max_new_tokens=4):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.eos_token_id = eos_token_id
        self.max_new_tokens = max_new_tokens


class TinyDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.mix = nn.Dense(config.hidden_size, config.hidden_size, activation="relu")
        self.lm_head = nn.Dense(config.hidden_size, config.vocab_size)

    def construct(self, input_ids):
        h = self.mix(self.embed(input_ids)).mean(axis=1)
        return self.lm_head(h)


class GreedyGenerator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.decoder = TinyDecoder(config)
        self.eos_token_id = config.eos_token_id
        self.max_length_delta = config.max_new_tokens

    def construct(self, input_ids):
        sequences = input_ids
        next_tokens = input_ids[:, -1]
        steps = 0
        while (next_tokens != self.eos_token_id).all() and steps < self.max_length_delta:
            logits = self.decoder(sequences)
            next_tokens = ops.argmax(logits, dim=-1).astype(sequences.dtype)
            sequences = ops.concat((sequences, next_tokens.expand_dims(1)), axis=1)
            steps += 1
        return sequences


def make():
    np.random.seed(3368)
    cfg = GenerationConfig()
    ids = Tensor(np.random.randint(2, cfg.vocab_size, size=(2, 3)).astype(np.int32))
    return GreedyGenerator(cfg), (ids,)
