# case: LogitsProcessorList built as an nn.CellList from generation-config flags (temperature, min-length EOS suppression, top-k) and applied in a for loop over the list -> processors fixed at build time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenerationConfig:
    def __init__(self, temperature=0.7, top_k=5, min_length=8, eos_token_id=1):
        self.temperature = temperature
        self.top_k = top_k
        self.min_length = min_length
        self.eos_token_id = eos_token_id


class TemperatureWarper(nn.Cell):
    def __init__(self, temperature):
        super().__init__()
        self.temperature = temperature

    def construct(self, input_ids, scores):
        return scores / self.temperature


class MinLengthProcessor(nn.Cell):
    def __init__(self, min_length, eos_token_id):
        super().__init__()
        self.min_length = min_length
        self.eos_token_id = eos_token_id

    def construct(self, input_ids, scores):
        eos_mask = ops.one_hot(Tensor(self.eos_token_id, ms.int32), scores.shape[-1], Tensor(1.0), Tensor(0.0))
        return scores - eos_mask * 1e9 if input_ids.shape[-1] < self.min_length else scores


class TopKWarper(nn.Cell):
    def __init__(self, top_k):
        super().__init__()
        self.top_k = top_k

    def construct(self, input_ids, scores):
        kth = ops.topk(scores, self.top_k)[0][..., -1:]
        return ops.where(scores < kth, ops.full_like(scores, -1e9), scores)


def build_processors(config):
    procs = []
    if config.min_length is not None and config.min_length > 0:
        procs.append(MinLengthProcessor(config.min_length, config.eos_token_id))
    if config.temperature is not None and config.temperature != 1.0:
        procs.append(TemperatureWarper(config.temperature))
    if config.top_k is not None and config.top_k > 0:
        procs.append(TopKWarper(config.top_k))
    return nn.CellList(procs)


class LogitsProcessorList(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.processors = build_processors(config)

    def construct(self, input_ids, scores):
        for processor in self.processors:
            scores = processor(input_ids, scores)
        return scores


def make():
    np.random.seed(3387)
    ids, scores = np.random.randint(0, 30, size=(2, 4)).astype(np.int32), np.random.randn(2, 30).astype(np.float32)
    return LogitsProcessorList(GenerationConfig()), (Tensor(ids), Tensor(scores))
