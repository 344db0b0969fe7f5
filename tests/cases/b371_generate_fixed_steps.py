# case: sampling loop for a fixed number of new events from config (range of a Python int), concatenating each argmax token onto the prompt -> unrolled loop with static shapes, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class GenerationConfig:
    def __init__(self, max_new_tokens=6, temperature=0.8, do_sample=False):
        self.max_new_tokens = max_new_tokens
        self.temperature = temperature
        self.do_sample = do_sample

class TinyEventLM(nn.Cell):
    def __init__(self, vocab=32, d=16):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.head = nn.Dense(d, vocab)

    def construct(self, ids):
        return self.head(self.emb(ids).cumsum(axis=1))

class EventGenerator(nn.Cell):
    def __init__(self, model, gen_config):
        super().__init__()
        self.model = model
        self.max_new_tokens = gen_config.max_new_tokens
        self.temperature = gen_config.temperature
        self.do_sample = gen_config.do_sample

    def _next_token(self, logits):
        logits = logits[:, -1, :] / self.temperature
        if self.do_sample:
            return ops.multinomial(ops.softmax(logits, axis=-1), 1).astype(ms.int32)
        return ops.argmax(logits, dim=-1, keepdim=True).astype(ms.int32)

    def construct(self, prompt_ids):
        ids = prompt_ids
        for _ in range(self.max_new_tokens):
            ids = ops.concat([ids, self._next_token(self.model(ids))], axis=1)
        return ids

def make():
    np.random.seed(3727)
    gen = EventGenerator(TinyEventLM(), GenerationConfig())
    prompt = Tensor(np.random.randint(0, 32, size=(2, 4)).astype(np.int32))
    return gen, (prompt,)
